/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Staff Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.StaffMember#getRole <em>Role</em>}</li>
 *   <li>{@link org.perenne.model.StaffMember#getFte <em>Fte</em>}</li>
 *   <li>{@link org.perenne.model.StaffMember#getGrossMonthlySalary <em>Gross Monthly Salary</em>}</li>
 *   <li>{@link org.perenne.model.StaffMember#getEmployerContributionRate <em>Employer Contribution Rate</em>}</li>
 *   <li>{@link org.perenne.model.StaffMember#getStartMonth <em>Start Month</em>}</li>
 *   <li>{@link org.perenne.model.StaffMember#getEndMonth <em>End Month</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getStaffMember()
 * @model
 * @generated
 */
public interface StaffMember extends Element, CostLine, Indexed {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.perenne.model.PerennePackage#getStaffMember_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.perenne.model.StaffMember#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Fte</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fte</em>' attribute.
	 * @see #setFte(double)
	 * @see org.perenne.model.PerennePackage#getStaffMember_Fte()
	 * @model default="1.0"
	 * @generated
	 */
	double getFte();

	/**
	 * Sets the value of the '{@link org.perenne.model.StaffMember#getFte <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fte</em>' attribute.
	 * @see #getFte()
	 * @generated
	 */
	void setFte(double value);

	/**
	 * Returns the value of the '<em><b>Gross Monthly Salary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gross Monthly Salary</em>' attribute.
	 * @see #setGrossMonthlySalary(double)
	 * @see org.perenne.model.PerennePackage#getStaffMember_GrossMonthlySalary()
	 * @model
	 * @generated
	 */
	double getGrossMonthlySalary();

	/**
	 * Sets the value of the '{@link org.perenne.model.StaffMember#getGrossMonthlySalary <em>Gross Monthly Salary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gross Monthly Salary</em>' attribute.
	 * @see #getGrossMonthlySalary()
	 * @generated
	 */
	void setGrossMonthlySalary(double value);

	/**
	 * Returns the value of the '<em><b>Employer Contribution Rate</b></em>' attribute.
	 * The default value is <code>"0.42"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employer Contribution Rate</em>' attribute.
	 * @see #setEmployerContributionRate(double)
	 * @see org.perenne.model.PerennePackage#getStaffMember_EmployerContributionRate()
	 * @model default="0.42"
	 * @generated
	 */
	double getEmployerContributionRate();

	/**
	 * Sets the value of the '{@link org.perenne.model.StaffMember#getEmployerContributionRate <em>Employer Contribution Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employer Contribution Rate</em>' attribute.
	 * @see #getEmployerContributionRate()
	 * @generated
	 */
	void setEmployerContributionRate(double value);

	/**
	 * Returns the value of the '<em><b>Start Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Month</em>' attribute.
	 * @see #setStartMonth(int)
	 * @see org.perenne.model.PerennePackage#getStaffMember_StartMonth()
	 * @model
	 * @generated
	 */
	int getStartMonth();

	/**
	 * Sets the value of the '{@link org.perenne.model.StaffMember#getStartMonth <em>Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Month</em>' attribute.
	 * @see #getStartMonth()
	 * @generated
	 */
	void setStartMonth(int value);

	/**
	 * Returns the value of the '<em><b>End Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last paid month; empty means until the end of the horizon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Month</em>' attribute.
	 * @see #setEndMonth(Integer)
	 * @see org.perenne.model.PerennePackage#getStaffMember_EndMonth()
	 * @model
	 * @generated
	 */
	Integer getEndMonth();

	/**
	 * Sets the value of the '{@link org.perenne.model.StaffMember#getEndMonth <em>End Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Month</em>' attribute.
	 * @see #getEndMonth()
	 * @generated
	 */
	void setEndMonth(Integer value);

} // StaffMember
