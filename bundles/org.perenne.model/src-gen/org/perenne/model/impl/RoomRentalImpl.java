/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.perenne.model.PerennePackage;
import org.perenne.model.Room;
import org.perenne.model.RoomRental;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Room Rental</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.RoomRentalImpl#getRoom <em>Room</em>}</li>
 *   <li>{@link org.perenne.model.impl.RoomRentalImpl#getHourlyRate <em>Hourly Rate</em>}</li>
 *   <li>{@link org.perenne.model.impl.RoomRentalImpl#getHalfDayPrice <em>Half Day Price</em>}</li>
 *   <li>{@link org.perenne.model.impl.RoomRentalImpl#getDayPrice <em>Day Price</em>}</li>
 *   <li>{@link org.perenne.model.impl.RoomRentalImpl#getBookableHoursPerMonth <em>Bookable Hours Per Month</em>}</li>
 *   <li>{@link org.perenne.model.impl.RoomRentalImpl#getOccupancyRate <em>Occupancy Rate</em>}</li>
 *   <li>{@link org.perenne.model.impl.RoomRentalImpl#getDirectCostPerHour <em>Direct Cost Per Hour</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoomRentalImpl extends VolumeOfferImpl implements RoomRental {
	/**
	 * The cached value of the '{@link #getRoom() <em>Room</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoom()
	 * @generated
	 * @ordered
	 */
	protected Room room;

	/**
	 * The default value of the '{@link #getHourlyRate() <em>Hourly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHourlyRate()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURLY_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHourlyRate() <em>Hourly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHourlyRate()
	 * @generated
	 * @ordered
	 */
	protected double hourlyRate = HOURLY_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHalfDayPrice() <em>Half Day Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHalfDayPrice()
	 * @generated
	 * @ordered
	 */
	protected static final double HALF_DAY_PRICE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHalfDayPrice() <em>Half Day Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHalfDayPrice()
	 * @generated
	 * @ordered
	 */
	protected double halfDayPrice = HALF_DAY_PRICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDayPrice() <em>Day Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDayPrice()
	 * @generated
	 * @ordered
	 */
	protected static final double DAY_PRICE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDayPrice() <em>Day Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDayPrice()
	 * @generated
	 * @ordered
	 */
	protected double dayPrice = DAY_PRICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBookableHoursPerMonth() <em>Bookable Hours Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookableHoursPerMonth()
	 * @generated
	 * @ordered
	 */
	protected static final Double BOOKABLE_HOURS_PER_MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBookableHoursPerMonth() <em>Bookable Hours Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookableHoursPerMonth()
	 * @generated
	 * @ordered
	 */
	protected Double bookableHoursPerMonth = BOOKABLE_HOURS_PER_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getOccupancyRate() <em>Occupancy Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupancyRate()
	 * @generated
	 * @ordered
	 */
	protected static final double OCCUPANCY_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOccupancyRate() <em>Occupancy Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupancyRate()
	 * @generated
	 * @ordered
	 */
	protected double occupancyRate = OCCUPANCY_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirectCostPerHour() <em>Direct Cost Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectCostPerHour()
	 * @generated
	 * @ordered
	 */
	protected static final double DIRECT_COST_PER_HOUR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDirectCostPerHour() <em>Direct Cost Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectCostPerHour()
	 * @generated
	 * @ordered
	 */
	protected double directCostPerHour = DIRECT_COST_PER_HOUR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoomRentalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.ROOM_RENTAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Room getRoom() {
		if (room != null && room.eIsProxy()) {
			InternalEObject oldRoom = (InternalEObject)room;
			room = (Room)eResolveProxy(oldRoom);
			if (room != oldRoom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PerennePackage.ROOM_RENTAL__ROOM, oldRoom, room));
			}
		}
		return room;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Room basicGetRoom() {
		return room;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoom(Room newRoom) {
		Room oldRoom = room;
		room = newRoom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ROOM_RENTAL__ROOM, oldRoom, room));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHourlyRate() {
		return hourlyRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHourlyRate(double newHourlyRate) {
		double oldHourlyRate = hourlyRate;
		hourlyRate = newHourlyRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ROOM_RENTAL__HOURLY_RATE, oldHourlyRate, hourlyRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHalfDayPrice() {
		return halfDayPrice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHalfDayPrice(double newHalfDayPrice) {
		double oldHalfDayPrice = halfDayPrice;
		halfDayPrice = newHalfDayPrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ROOM_RENTAL__HALF_DAY_PRICE, oldHalfDayPrice, halfDayPrice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDayPrice() {
		return dayPrice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDayPrice(double newDayPrice) {
		double oldDayPrice = dayPrice;
		dayPrice = newDayPrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ROOM_RENTAL__DAY_PRICE, oldDayPrice, dayPrice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getBookableHoursPerMonth() {
		return bookableHoursPerMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBookableHoursPerMonth(Double newBookableHoursPerMonth) {
		Double oldBookableHoursPerMonth = bookableHoursPerMonth;
		bookableHoursPerMonth = newBookableHoursPerMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ROOM_RENTAL__BOOKABLE_HOURS_PER_MONTH, oldBookableHoursPerMonth, bookableHoursPerMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOccupancyRate() {
		return occupancyRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccupancyRate(double newOccupancyRate) {
		double oldOccupancyRate = occupancyRate;
		occupancyRate = newOccupancyRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ROOM_RENTAL__OCCUPANCY_RATE, oldOccupancyRate, occupancyRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDirectCostPerHour() {
		return directCostPerHour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirectCostPerHour(double newDirectCostPerHour) {
		double oldDirectCostPerHour = directCostPerHour;
		directCostPerHour = newDirectCostPerHour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ROOM_RENTAL__DIRECT_COST_PER_HOUR, oldDirectCostPerHour, directCostPerHour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.ROOM_RENTAL__ROOM:
				if (resolve) return getRoom();
				return basicGetRoom();
			case PerennePackage.ROOM_RENTAL__HOURLY_RATE:
				return getHourlyRate();
			case PerennePackage.ROOM_RENTAL__HALF_DAY_PRICE:
				return getHalfDayPrice();
			case PerennePackage.ROOM_RENTAL__DAY_PRICE:
				return getDayPrice();
			case PerennePackage.ROOM_RENTAL__BOOKABLE_HOURS_PER_MONTH:
				return getBookableHoursPerMonth();
			case PerennePackage.ROOM_RENTAL__OCCUPANCY_RATE:
				return getOccupancyRate();
			case PerennePackage.ROOM_RENTAL__DIRECT_COST_PER_HOUR:
				return getDirectCostPerHour();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PerennePackage.ROOM_RENTAL__ROOM:
				setRoom((Room)newValue);
				return;
			case PerennePackage.ROOM_RENTAL__HOURLY_RATE:
				setHourlyRate((Double)newValue);
				return;
			case PerennePackage.ROOM_RENTAL__HALF_DAY_PRICE:
				setHalfDayPrice((Double)newValue);
				return;
			case PerennePackage.ROOM_RENTAL__DAY_PRICE:
				setDayPrice((Double)newValue);
				return;
			case PerennePackage.ROOM_RENTAL__BOOKABLE_HOURS_PER_MONTH:
				setBookableHoursPerMonth((Double)newValue);
				return;
			case PerennePackage.ROOM_RENTAL__OCCUPANCY_RATE:
				setOccupancyRate((Double)newValue);
				return;
			case PerennePackage.ROOM_RENTAL__DIRECT_COST_PER_HOUR:
				setDirectCostPerHour((Double)newValue);
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
			case PerennePackage.ROOM_RENTAL__ROOM:
				setRoom((Room)null);
				return;
			case PerennePackage.ROOM_RENTAL__HOURLY_RATE:
				setHourlyRate(HOURLY_RATE_EDEFAULT);
				return;
			case PerennePackage.ROOM_RENTAL__HALF_DAY_PRICE:
				setHalfDayPrice(HALF_DAY_PRICE_EDEFAULT);
				return;
			case PerennePackage.ROOM_RENTAL__DAY_PRICE:
				setDayPrice(DAY_PRICE_EDEFAULT);
				return;
			case PerennePackage.ROOM_RENTAL__BOOKABLE_HOURS_PER_MONTH:
				setBookableHoursPerMonth(BOOKABLE_HOURS_PER_MONTH_EDEFAULT);
				return;
			case PerennePackage.ROOM_RENTAL__OCCUPANCY_RATE:
				setOccupancyRate(OCCUPANCY_RATE_EDEFAULT);
				return;
			case PerennePackage.ROOM_RENTAL__DIRECT_COST_PER_HOUR:
				setDirectCostPerHour(DIRECT_COST_PER_HOUR_EDEFAULT);
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
			case PerennePackage.ROOM_RENTAL__ROOM:
				return room != null;
			case PerennePackage.ROOM_RENTAL__HOURLY_RATE:
				return hourlyRate != HOURLY_RATE_EDEFAULT;
			case PerennePackage.ROOM_RENTAL__HALF_DAY_PRICE:
				return halfDayPrice != HALF_DAY_PRICE_EDEFAULT;
			case PerennePackage.ROOM_RENTAL__DAY_PRICE:
				return dayPrice != DAY_PRICE_EDEFAULT;
			case PerennePackage.ROOM_RENTAL__BOOKABLE_HOURS_PER_MONTH:
				return BOOKABLE_HOURS_PER_MONTH_EDEFAULT == null ? bookableHoursPerMonth != null : !BOOKABLE_HOURS_PER_MONTH_EDEFAULT.equals(bookableHoursPerMonth);
			case PerennePackage.ROOM_RENTAL__OCCUPANCY_RATE:
				return occupancyRate != OCCUPANCY_RATE_EDEFAULT;
			case PerennePackage.ROOM_RENTAL__DIRECT_COST_PER_HOUR:
				return directCostPerHour != DIRECT_COST_PER_HOUR_EDEFAULT;
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
		result.append(" (hourlyRate: ");
		result.append(hourlyRate);
		result.append(", halfDayPrice: ");
		result.append(halfDayPrice);
		result.append(", dayPrice: ");
		result.append(dayPrice);
		result.append(", bookableHoursPerMonth: ");
		result.append(bookableHoursPerMonth);
		result.append(", occupancyRate: ");
		result.append(occupancyRate);
		result.append(", directCostPerHour: ");
		result.append(directCostPerHour);
		result.append(')');
		return result.toString();
	}

} //RoomRentalImpl
