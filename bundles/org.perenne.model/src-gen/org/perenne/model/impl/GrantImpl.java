/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.perenne.model.Funder;
import org.perenne.model.Grant;
import org.perenne.model.GrantKind;
import org.perenne.model.Investment;
import org.perenne.model.PaymentMode;
import org.perenne.model.PerennePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Grant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.GrantImpl#getFunder <em>Funder</em>}</li>
 *   <li>{@link org.perenne.model.impl.GrantImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.perenne.model.impl.GrantImpl#getCommittedAmounts <em>Committed Amounts</em>}</li>
 *   <li>{@link org.perenne.model.impl.GrantImpl#getFirstGrantYear <em>First Grant Year</em>}</li>
 *   <li>{@link org.perenne.model.impl.GrantImpl#getPaymentMode <em>Payment Mode</em>}</li>
 *   <li>{@link org.perenne.model.impl.GrantImpl#getAdvanceShare <em>Advance Share</em>}</li>
 *   <li>{@link org.perenne.model.impl.GrantImpl#getAdvanceDelayMonths <em>Advance Delay Months</em>}</li>
 *   <li>{@link org.perenne.model.impl.GrantImpl#getBalanceDelayMonths <em>Balance Delay Months</em>}</li>
 *   <li>{@link org.perenne.model.impl.GrantImpl#getDelayMonths <em>Delay Months</em>}</li>
 *   <li>{@link org.perenne.model.impl.GrantImpl#getRenewalProbability <em>Renewal Probability</em>}</li>
 *   <li>{@link org.perenne.model.impl.GrantImpl#getRenewalAmount <em>Renewal Amount</em>}</li>
 *   <li>{@link org.perenne.model.impl.GrantImpl#getFinancedInvestment <em>Financed Investment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GrantImpl extends ElementImpl implements Grant {
	/**
	 * The cached value of the '{@link #getFunder() <em>Funder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunder()
	 * @generated
	 * @ordered
	 */
	protected Funder funder;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final GrantKind KIND_EDEFAULT = GrantKind.OPERATING;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected GrantKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCommittedAmounts() <em>Committed Amounts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommittedAmounts()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> committedAmounts;

	/**
	 * The default value of the '{@link #getFirstGrantYear() <em>First Grant Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstGrantYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_GRANT_YEAR_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFirstGrantYear() <em>First Grant Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstGrantYear()
	 * @generated
	 * @ordered
	 */
	protected int firstGrantYear = FIRST_GRANT_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPaymentMode() <em>Payment Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaymentMode()
	 * @generated
	 * @ordered
	 */
	protected static final PaymentMode PAYMENT_MODE_EDEFAULT = PaymentMode.ADVANCE_AND_BALANCE;

	/**
	 * The cached value of the '{@link #getPaymentMode() <em>Payment Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaymentMode()
	 * @generated
	 * @ordered
	 */
	protected PaymentMode paymentMode = PAYMENT_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdvanceShare() <em>Advance Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdvanceShare()
	 * @generated
	 * @ordered
	 */
	protected static final double ADVANCE_SHARE_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getAdvanceShare() <em>Advance Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdvanceShare()
	 * @generated
	 * @ordered
	 */
	protected double advanceShare = ADVANCE_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdvanceDelayMonths() <em>Advance Delay Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdvanceDelayMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int ADVANCE_DELAY_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAdvanceDelayMonths() <em>Advance Delay Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdvanceDelayMonths()
	 * @generated
	 * @ordered
	 */
	protected int advanceDelayMonths = ADVANCE_DELAY_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBalanceDelayMonths() <em>Balance Delay Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBalanceDelayMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int BALANCE_DELAY_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBalanceDelayMonths() <em>Balance Delay Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBalanceDelayMonths()
	 * @generated
	 * @ordered
	 */
	protected int balanceDelayMonths = BALANCE_DELAY_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDelayMonths() <em>Delay Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelayMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int DELAY_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDelayMonths() <em>Delay Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelayMonths()
	 * @generated
	 * @ordered
	 */
	protected int delayMonths = DELAY_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRenewalProbability() <em>Renewal Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRenewalProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double RENEWAL_PROBABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRenewalProbability() <em>Renewal Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRenewalProbability()
	 * @generated
	 * @ordered
	 */
	protected double renewalProbability = RENEWAL_PROBABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRenewalAmount() <em>Renewal Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRenewalAmount()
	 * @generated
	 * @ordered
	 */
	protected static final double RENEWAL_AMOUNT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRenewalAmount() <em>Renewal Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRenewalAmount()
	 * @generated
	 * @ordered
	 */
	protected double renewalAmount = RENEWAL_AMOUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFinancedInvestment() <em>Financed Investment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinancedInvestment()
	 * @generated
	 * @ordered
	 */
	protected Investment financedInvestment;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GrantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.GRANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Funder getFunder() {
		if (funder != null && funder.eIsProxy()) {
			InternalEObject oldFunder = (InternalEObject)funder;
			funder = (Funder)eResolveProxy(oldFunder);
			if (funder != oldFunder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PerennePackage.GRANT__FUNDER, oldFunder, funder));
			}
		}
		return funder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Funder basicGetFunder() {
		return funder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunder(Funder newFunder) {
		Funder oldFunder = funder;
		funder = newFunder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.GRANT__FUNDER, oldFunder, funder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GrantKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(GrantKind newKind) {
		GrantKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.GRANT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getCommittedAmounts() {
		if (committedAmounts == null) {
			committedAmounts = new EDataTypeEList<Double>(Double.class, this, PerennePackage.GRANT__COMMITTED_AMOUNTS);
		}
		return committedAmounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstGrantYear() {
		return firstGrantYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstGrantYear(int newFirstGrantYear) {
		int oldFirstGrantYear = firstGrantYear;
		firstGrantYear = newFirstGrantYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.GRANT__FIRST_GRANT_YEAR, oldFirstGrantYear, firstGrantYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PaymentMode getPaymentMode() {
		return paymentMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPaymentMode(PaymentMode newPaymentMode) {
		PaymentMode oldPaymentMode = paymentMode;
		paymentMode = newPaymentMode == null ? PAYMENT_MODE_EDEFAULT : newPaymentMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.GRANT__PAYMENT_MODE, oldPaymentMode, paymentMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAdvanceShare() {
		return advanceShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdvanceShare(double newAdvanceShare) {
		double oldAdvanceShare = advanceShare;
		advanceShare = newAdvanceShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.GRANT__ADVANCE_SHARE, oldAdvanceShare, advanceShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAdvanceDelayMonths() {
		return advanceDelayMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdvanceDelayMonths(int newAdvanceDelayMonths) {
		int oldAdvanceDelayMonths = advanceDelayMonths;
		advanceDelayMonths = newAdvanceDelayMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.GRANT__ADVANCE_DELAY_MONTHS, oldAdvanceDelayMonths, advanceDelayMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBalanceDelayMonths() {
		return balanceDelayMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBalanceDelayMonths(int newBalanceDelayMonths) {
		int oldBalanceDelayMonths = balanceDelayMonths;
		balanceDelayMonths = newBalanceDelayMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.GRANT__BALANCE_DELAY_MONTHS, oldBalanceDelayMonths, balanceDelayMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDelayMonths() {
		return delayMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelayMonths(int newDelayMonths) {
		int oldDelayMonths = delayMonths;
		delayMonths = newDelayMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.GRANT__DELAY_MONTHS, oldDelayMonths, delayMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRenewalProbability() {
		return renewalProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRenewalProbability(double newRenewalProbability) {
		double oldRenewalProbability = renewalProbability;
		renewalProbability = newRenewalProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.GRANT__RENEWAL_PROBABILITY, oldRenewalProbability, renewalProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRenewalAmount() {
		return renewalAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRenewalAmount(double newRenewalAmount) {
		double oldRenewalAmount = renewalAmount;
		renewalAmount = newRenewalAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.GRANT__RENEWAL_AMOUNT, oldRenewalAmount, renewalAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Investment getFinancedInvestment() {
		if (financedInvestment != null && financedInvestment.eIsProxy()) {
			InternalEObject oldFinancedInvestment = (InternalEObject)financedInvestment;
			financedInvestment = (Investment)eResolveProxy(oldFinancedInvestment);
			if (financedInvestment != oldFinancedInvestment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PerennePackage.GRANT__FINANCED_INVESTMENT, oldFinancedInvestment, financedInvestment));
			}
		}
		return financedInvestment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Investment basicGetFinancedInvestment() {
		return financedInvestment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinancedInvestment(Investment newFinancedInvestment) {
		Investment oldFinancedInvestment = financedInvestment;
		financedInvestment = newFinancedInvestment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.GRANT__FINANCED_INVESTMENT, oldFinancedInvestment, financedInvestment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.GRANT__FUNDER:
				if (resolve) return getFunder();
				return basicGetFunder();
			case PerennePackage.GRANT__KIND:
				return getKind();
			case PerennePackage.GRANT__COMMITTED_AMOUNTS:
				return getCommittedAmounts();
			case PerennePackage.GRANT__FIRST_GRANT_YEAR:
				return getFirstGrantYear();
			case PerennePackage.GRANT__PAYMENT_MODE:
				return getPaymentMode();
			case PerennePackage.GRANT__ADVANCE_SHARE:
				return getAdvanceShare();
			case PerennePackage.GRANT__ADVANCE_DELAY_MONTHS:
				return getAdvanceDelayMonths();
			case PerennePackage.GRANT__BALANCE_DELAY_MONTHS:
				return getBalanceDelayMonths();
			case PerennePackage.GRANT__DELAY_MONTHS:
				return getDelayMonths();
			case PerennePackage.GRANT__RENEWAL_PROBABILITY:
				return getRenewalProbability();
			case PerennePackage.GRANT__RENEWAL_AMOUNT:
				return getRenewalAmount();
			case PerennePackage.GRANT__FINANCED_INVESTMENT:
				if (resolve) return getFinancedInvestment();
				return basicGetFinancedInvestment();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PerennePackage.GRANT__FUNDER:
				setFunder((Funder)newValue);
				return;
			case PerennePackage.GRANT__KIND:
				setKind((GrantKind)newValue);
				return;
			case PerennePackage.GRANT__COMMITTED_AMOUNTS:
				getCommittedAmounts().clear();
				getCommittedAmounts().addAll((Collection<? extends Double>)newValue);
				return;
			case PerennePackage.GRANT__FIRST_GRANT_YEAR:
				setFirstGrantYear((Integer)newValue);
				return;
			case PerennePackage.GRANT__PAYMENT_MODE:
				setPaymentMode((PaymentMode)newValue);
				return;
			case PerennePackage.GRANT__ADVANCE_SHARE:
				setAdvanceShare((Double)newValue);
				return;
			case PerennePackage.GRANT__ADVANCE_DELAY_MONTHS:
				setAdvanceDelayMonths((Integer)newValue);
				return;
			case PerennePackage.GRANT__BALANCE_DELAY_MONTHS:
				setBalanceDelayMonths((Integer)newValue);
				return;
			case PerennePackage.GRANT__DELAY_MONTHS:
				setDelayMonths((Integer)newValue);
				return;
			case PerennePackage.GRANT__RENEWAL_PROBABILITY:
				setRenewalProbability((Double)newValue);
				return;
			case PerennePackage.GRANT__RENEWAL_AMOUNT:
				setRenewalAmount((Double)newValue);
				return;
			case PerennePackage.GRANT__FINANCED_INVESTMENT:
				setFinancedInvestment((Investment)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PerennePackage.GRANT__FUNDER:
				setFunder((Funder)null);
				return;
			case PerennePackage.GRANT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PerennePackage.GRANT__COMMITTED_AMOUNTS:
				getCommittedAmounts().clear();
				return;
			case PerennePackage.GRANT__FIRST_GRANT_YEAR:
				setFirstGrantYear(FIRST_GRANT_YEAR_EDEFAULT);
				return;
			case PerennePackage.GRANT__PAYMENT_MODE:
				setPaymentMode(PAYMENT_MODE_EDEFAULT);
				return;
			case PerennePackage.GRANT__ADVANCE_SHARE:
				setAdvanceShare(ADVANCE_SHARE_EDEFAULT);
				return;
			case PerennePackage.GRANT__ADVANCE_DELAY_MONTHS:
				setAdvanceDelayMonths(ADVANCE_DELAY_MONTHS_EDEFAULT);
				return;
			case PerennePackage.GRANT__BALANCE_DELAY_MONTHS:
				setBalanceDelayMonths(BALANCE_DELAY_MONTHS_EDEFAULT);
				return;
			case PerennePackage.GRANT__DELAY_MONTHS:
				setDelayMonths(DELAY_MONTHS_EDEFAULT);
				return;
			case PerennePackage.GRANT__RENEWAL_PROBABILITY:
				setRenewalProbability(RENEWAL_PROBABILITY_EDEFAULT);
				return;
			case PerennePackage.GRANT__RENEWAL_AMOUNT:
				setRenewalAmount(RENEWAL_AMOUNT_EDEFAULT);
				return;
			case PerennePackage.GRANT__FINANCED_INVESTMENT:
				setFinancedInvestment((Investment)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PerennePackage.GRANT__FUNDER:
				return funder != null;
			case PerennePackage.GRANT__KIND:
				return kind != KIND_EDEFAULT;
			case PerennePackage.GRANT__COMMITTED_AMOUNTS:
				return committedAmounts != null && !committedAmounts.isEmpty();
			case PerennePackage.GRANT__FIRST_GRANT_YEAR:
				return firstGrantYear != FIRST_GRANT_YEAR_EDEFAULT;
			case PerennePackage.GRANT__PAYMENT_MODE:
				return paymentMode != PAYMENT_MODE_EDEFAULT;
			case PerennePackage.GRANT__ADVANCE_SHARE:
				return advanceShare != ADVANCE_SHARE_EDEFAULT;
			case PerennePackage.GRANT__ADVANCE_DELAY_MONTHS:
				return advanceDelayMonths != ADVANCE_DELAY_MONTHS_EDEFAULT;
			case PerennePackage.GRANT__BALANCE_DELAY_MONTHS:
				return balanceDelayMonths != BALANCE_DELAY_MONTHS_EDEFAULT;
			case PerennePackage.GRANT__DELAY_MONTHS:
				return delayMonths != DELAY_MONTHS_EDEFAULT;
			case PerennePackage.GRANT__RENEWAL_PROBABILITY:
				return renewalProbability != RENEWAL_PROBABILITY_EDEFAULT;
			case PerennePackage.GRANT__RENEWAL_AMOUNT:
				return renewalAmount != RENEWAL_AMOUNT_EDEFAULT;
			case PerennePackage.GRANT__FINANCED_INVESTMENT:
				return financedInvestment != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", committedAmounts: ");
		result.append(committedAmounts);
		result.append(", firstGrantYear: ");
		result.append(firstGrantYear);
		result.append(", paymentMode: ");
		result.append(paymentMode);
		result.append(", advanceShare: ");
		result.append(advanceShare);
		result.append(", advanceDelayMonths: ");
		result.append(advanceDelayMonths);
		result.append(", balanceDelayMonths: ");
		result.append(balanceDelayMonths);
		result.append(", delayMonths: ");
		result.append(delayMonths);
		result.append(", renewalProbability: ");
		result.append(renewalProbability);
		result.append(", renewalAmount: ");
		result.append(renewalAmount);
		result.append(')');
		return result.toString();
	}

} //GrantImpl
